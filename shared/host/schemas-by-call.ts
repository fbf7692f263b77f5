import type { z } from 'zod';
import { hostContract, type HostCall, type HostContract, type HostResult } from './contract';

/** The arguments a handler receives: validated, with defaults applied. */
export type HostParsedArgs<C extends HostCall> = z.output<HostContract[C]['args']>;

/**
 * The contract seen call by call. Indexing `hostContract` with a generic call name yields
 * a union of schemas and loses the link to that call's own types; this view, checked
 * against the contract once here, keeps it, so neither side needs a cast.
 */
export type SchemasByCall = {
  readonly [C in HostCall]: {
    readonly args: z.ZodType<HostParsedArgs<C>>;
    readonly result: z.ZodType<HostResult<C>>;
  };
};

export const schemasByCall: SchemasByCall = hostContract;
