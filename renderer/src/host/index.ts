export { getHost } from './get-host';
export { HostCallError, type HostErrorCode } from '../../../shared/host/host-call-error';
