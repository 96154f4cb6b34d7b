/** Every unordered pair of annotator indices (a < b), in order (0,1), (0,2), …, (1,2), …. */
export function annotatorPairs(annotatorCount: number): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let a = 0; a < annotatorCount; a++) for (let b = a + 1; b < annotatorCount; b++) pairs.push([a, b]);
  return pairs;
}
