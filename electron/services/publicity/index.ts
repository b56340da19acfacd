// The public face of electron/services/publicity (优秀等次公示, DOMAIN §9.1). Import this, not the files inside.
export {
  addObjection, createPublicity, deleteObjection, deletePublicity, endPublicity, getPublicityView, publishPublicity, refreshPublicityNames,
  updateObjection, updatePublicity,
} from './publicity';
