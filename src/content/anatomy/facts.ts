import type { StructureFacts, StructureId } from './types.js';
import { own } from '../own.js';

/**
 * Where each structure sends the reader, and what backs its words (see the
 * sources in ../shared/facts.ts). The vein and a Baker's cyst are warning
 * signs: they link to the care advice.
 */
export const STRUCTURES: Record<StructureId, StructureFacts> = /* @__PURE__ */ own({
  // Two heads (TeachMeAnatomy), the lower sides of the knee pit (StatPearls); most cramps are in the calf (NHS, NHS inform).
  gastrocnemius: { link: 'strain', sources: ['teachme-gastrocnemius', 'statpearls-popliteal', 'nhs', 'nhs-inform'] },
  // The muscles at the back of the thigh (Cleveland Clinic), the upper sides of the knee pit (StatPearls); thigh
  // cramps tend to last the longest (NHS inform: "Thigh muscle cramps tend to last the longest").
  'hamstring-tendons': { link: 'strain', sources: ['cleveland-hamstrings', 'statpearls-popliteal', 'nhs-inform'] },
  // In the floor of the knee pit (StatPearls; TeachMeAnatomy: "forming the base of the popliteal fossa"); it
  // "unlocks" the knee so that it can bend (TeachMeAnatomy: "This 'unlocks' the knee joint so that flexion can occur").
  popliteus: { link: 'strain', sources: ['statpearls-popliteal', 'teachme-popliteus'] },
  // A deep vein behind the knee, where a DVT can form (HealthLink BC: "Popliteal veins are located behind the
  // knee", among the deep leg veins); throbbing or cramping pain in one leg, swelling in one leg; get help today
  // (NHS "DVT": an urgent appointment or 111).
  'popliteal-vein': { link: 'care', sources: ['healthlinkbc-leg-veins', 'nhs-dvt'] },
  // Blood to the knee, lower leg and foot; narrowed, pain and cramps on walking that go with rest (Cleveland Clinic).
  // Tell a doctor about pain on walking that goes with rest: NHS "PAD", as the causes do.
  'popliteal-artery': { link: 'conditions', sources: ['cleveland-popliteal-artery', 'nhs-pad'] },
  // From the back of the knee to the foot; movement and feeling; a branch of the sciatic nerve (Cleveland Clinic).
  'tibial-nerve': { link: 'conditions', sources: ['cleveland-tibial-nerve'] },
  // A fluid-filled lump at the back of the knee; burst, pain, swelling and redness in the calf; tests rule out a DVT;
  // see a GP about a lump that causes problems (NHS). One of the common problems there (StatPearls).
  'bakers-cyst': { link: 'care', sources: ['nhs-bakers-cyst', 'statpearls-popliteal'] },
});
