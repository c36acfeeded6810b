/** <print-button>: the on-screen "打印" button of /print/ opens the browser's print dialog. */
class PrintButton extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('button')?.addEventListener('click', () => window.print());
  }
}

customElements.define('print-button', PrintButton);
