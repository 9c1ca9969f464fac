/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Permission =
  | 'ADMIN'
  | 'BOM_MANAGE'
  | 'INVENTORY_ADJUST'
  | 'INVENTORY_RECEIVE'
  | 'PRODUCTION_ADJUST'
  | 'PRODUCTION_EXECUTE'
  | 'PRODUCTION_FULFILL'
  | 'PRODUCTION_UNDO'
  | 'PRODUCTION_VIEW'
  | 'PRODUCTION_VOID'
  | 'PURCHASING'
  | 'SALES';

export type SignedInQueryVariables = Exact<{ [key: string]: never; }>;


export type SignedInQuery = { me: { permissions: Array<Permission>, apiKey: { id: string, name: string, role: { name: string } } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const SignedInDocument = new TypedDocumentString(`
    query SignedIn {
  me {
    apiKey {
      id
      name
      role {
        name
      }
    }
    permissions
  }
}
    `, {"hash":"sha256:a85582af72953f190d49aa39d91ddd3cc608e263b7bb88d0ffc02494a6fcffa8"}) as unknown as TypedDocumentString<SignedInQuery, SignedInQueryVariables>;