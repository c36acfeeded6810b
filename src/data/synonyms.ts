/**
 * Words that readers use for the same thing. Search treats the words of a group as one
 * (a query for 销号 also finds 注销), and /index-terms/ lists every word with a pointer to
 * the guide's own. The first word of a group is the one the guide uses; the others come
 * from readers: the seed article's vocabulary (续订, 客服热线, 重置密码 …), everyday
 * and colloquial words (停机, 话费, 销户, 删了, 登不上, 不用了, 旅游, 国内 for a reader back
 * in China) and common misspellings (登陆). 取消服务 is not 注销: ending one service does
 * not end the contract.
 *
 * Only true equivalents belong in one group: search returns every section that contains
 * any word of the group, so a loose relative here makes results imprecise.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // One thing (WORDS.md): a number is 注销ed by 解除ing its contract.
  ['注销', '解除合同', '销号', '销户', '退卡', '不用了', '不想用了', '终止合同', '合同终止', '解约', '取消合同'],
  ['停用', '停机', '暂停', '封停', '停号'],
  ['客服电话', '客服热线', '热线', '人工客服', '客服短号'],
  ['国外', '出国', '回国', '离境', '境外', '离开哈萨克斯坦', '国内', '回中国', '不在哈萨克斯坦'],
  ['补办', '补卡', '换卡', '补办sim卡'],
  ['丢失', '挂失', '被偷', '被盗', '丢了', '手机丢了'],
  ['余额', '话费', '剩余金额'],
  ['验证码', '短信验证码', '动态码', '校验码'],
  ['忘记密码', '找回密码', '重置密码', '重新设置密码', '忘了密码'],
  ['忘记', '忘了'],
  ['退款', '退钱', '退费', '退还', '退回'],
  ['截图', '截屏', '屏幕截图'],
  ['携号转网', '转网', '换运营商', '换一家运营商', '保留号码'],
  ['护照', '身份证件', '身份证'],
  ['生物识别', '人脸识别', '刷脸'],
  ['删除', '移除', '删掉', '删了', '删'],
  ['esim', 'esim卡', '嵌入式sim卡', '虚拟sim卡', '电子sim卡'],
  ['订阅', '增值服务', '包月', '退订', '取消订阅'],
  ['流量包', '流量套餐', '数据包'],
  ['分期付款', '分期购买', '分期购机', '合约机'],
  ['欠费', '欠款', '未结清'],
  ['手续费', '收费', '注销费', '要钱'],
  ['扣费', '扣钱', '扣款'],
  ['收不到', '接收不到', '收不了', '没收到'],
  ['不在您名下', '不是我的名字', '不在我名下', '不是我本人的'],
  ['营业厅', '服务网点', '门店', '营业点'],
  ['运营商', '电信公司', '移动公司'],
  ['官网', '官方网站'],
  ['应用', 'app', '应用程序', '客户端'],
  ['登录', '登陆', '登入'],
  ['无法登录', '登不上', '登录不了', '登不进去', '登录不上', '进不去'],
  ['什么都不做', '不注销', '不管它', '放着不管', '不处理'],
  ['账户', '账号', '帐号', '帐户', '个人中心'],
  ['凭证', '凭据', '回执', '交易记录'],
  ['受理编号', '申请编号', '工单号'],
  ['通讯录', '联系人', '电话簿'],
  ['套餐', '资费', '月租'],
  ['充值', '续费', '缴费', '交费', '续订'],
  ['过期', '到期', '失效'],
  ['多久', '多长时间', '几天', '工作日'],
  ['代办', '帮别人', '替别人', '别人名下', '他人名下'],
  ['iphone', '苹果手机'],
  ['安卓', 'android'],
  ['三星', 'samsung'],
  ['pixel', '谷歌手机'],
  ['电子邮件', '邮箱', 'email'],
  ['合同', '协议', '合约'],
  ['旅行', '旅游'],
  ['俄语卡片', '对工作人员说', '俄语怎么说', '怎么说', '用俄语说'],
  ['不太会说俄语', '不会说俄语', '不懂俄语', '不会俄语', '听不懂俄语'],
];

/**
 * Terms that /index-terms/ lists besides the synonym groups: what a reader looks up by
 * name (operators, sellers, things to bring), in the guide's own words.
 */
/**
 * Operators and travel-eSIM sellers. A reader who names one wants that one's answer: search
 * counts the name heavily in ranking.
 */
export const NAMED: readonly string[] = ['Beeline', 'Kcell', 'activ', 'Tele2', 'Altel', 'izi', 'Airalo', 'Holafly'];

export const KEY_TERMS: readonly string[] = [
  ...NAMED,
  'IMEI',
  '旅行 eSIM',
  '备份',
  '绑定',
  '银行',
  '短信',
  '客服',
  '1414',
  '申请表',
  '书面申请',
  '机主',
  '线路',
  '漫游',
  '账单',
];

/**
 * What a phone keyboard makes of a word: the same pinyin with the wrong character (注消 for
 * 注销, 密吗 for 密码), and old or variant forms (帐号). Search reads the query with these
 * corrected before it looks for anything; /index-terms/ does not list them.
 */
export const TYPOS: Readonly<Record<string, string>> = {
  注消: '注销',
  住销: '注销',
  注宵: '注销',
  密吗: '密码',
  蜜码: '密码',
  秘码: '密码',
  帐号: '账号',
  帐户: '账户',
  验证吗: '验证码',
  验正码: '验证码',
  运营上: '运营商',
  护招: '护照',
  删出: '删除',
  登陆不了: '登录不了',
  登陆不上: '登录不上',
};
