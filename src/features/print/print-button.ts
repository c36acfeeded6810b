/** <print-button> (PrintButton.astro): opens the browser's print dialog, in the reader's own tap. */
class PrintButton extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('button')?.addEventListener('click', () => print());
  }
}

customElements.define('print-button', PrintButton);
