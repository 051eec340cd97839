import { parseTarget } from './src/core/values/parse-target';
import { resolveVocabulary } from './src/core/vocab/resolve';
import { defaultPolicy } from './src/core/policy/policy';
const v = resolveVocabulary(defaultPolicy());
for (const t of ['良好', '有效', '高中低', '覆盖全区所有人员', '较好', '优秀', '巩固提高', '参照政府采购成本控制', '严格按照指标任务落实工作', '长远', '提升', '增加岗位']) console.log(t, JSON.stringify(parseTarget(t, v)));
