// The actor lexicon: canonical names, inter codes and the ways news refers to them. STUB, to be replaced.
export interface ActorLexicon {
  readonly size: number;
}

export async function loadActorLexicon(_options: { extraFiles: string[] }): Promise<ActorLexicon> {
  return { size: 0 };
}
