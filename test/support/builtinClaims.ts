/**
 * What the claim table tests share: the builtin gazetteer's matcher (groups spelled as reporting
 * spells them), each group's parent, and the ids of the groups their rows name.
 */
import { loadBuiltinGazetteer } from '../../server/src/core/gazetteer/files';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';

export const matcher = new GroupMatcher(loadBuiltinGazetteer());
export const parentOf = (id: string): string | null => matcher.group(id)?.parent ?? null;

export const SHABAAB = 'al-shabaab';
export const IS = 'isis';
export const ISKP = 'iskp';
export const ISWAP = 'islamic-state-west-africa-province';
export const JNIM = 'jamaat-nusrat-al-islam-wal-muslimin';
export const TTP = 'ttp';
export const BH = 'boko-haram';
export const LET = 'lashkar-e-taiba';
export const JEM = 'jaish-e-mohammed';
export const ISGS = 'islamic-state-in-the-greater-sahara';
export const AQIS = 'aqis';
export const TRF = 'trf';
export const HOUTHIS = 'houthis';
export const HAMAS = 'hamas';
