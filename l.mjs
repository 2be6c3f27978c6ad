import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
const nlp = winkNLP(model, ['sbd','negation','pos']);
const s = process.argv.slice(2).join(' ');
const d = nlp.readDoc(s); const t=d.tokens();
const v=t.out(nlp.its.value), p=t.out(nlp.its.pos), l=t.out(nlp.its.lemma), n=t.out(nlp.its.negationFlag);
console.log(v.map((x,i)=>`${x}/${p[i]}/${l[i]}${n[i]?'/NEG':''}`).join(' '));
