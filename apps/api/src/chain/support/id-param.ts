// chain/view (being rewritten elsewhere) still imports idParam from here; the one definition is in common/validation.
export { idParam } from '../../common/validation/fields.js';
