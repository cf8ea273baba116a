/** Words of the 阅读 menu (reading aids, 适老化). */
export const reading = {
  menu: '阅读',
  large: '大字（字号放大 1.5 倍）',
  contrast: '高对比度',
  hint: '设置保存在本浏览器中；无法保存时（如嵌入框架）本次访问有效。',
} as const;
