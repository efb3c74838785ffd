import { createDoc } from './src/document';
import { runUntil } from './src/pipeline';
import { timeStage } from './src/stages/time';
const [text, ref] = [process.argv[2]!, process.argv[3] ?? '2015-03-13'];
for (const t of timeStage.run(runUntil(createDoc(text, ref), 'tokens')).timeExpressions) console.log(JSON.stringify([t.text, t.type, t.value, t.mod]));
