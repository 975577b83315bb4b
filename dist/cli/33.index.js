var R=Object.defineProperty;var i=(f,m)=>R(f,"name",{value:m,configurable:!0});const L=33,C=[33],I={4033:((f,m,t)=>{t.r(m),t.d(m,{command:i(()=>j,"command")});var d=t(1455),T=t.n(d),h=t(6760),A=t.n(h),_=t(7975),U=t.n(_),r=t(8382),c=t(1051),P=t(1710),y=t(2738);const p=`Usage: gantry render <plan.json> [options]

Prints the review of a \`terraform show -json <planfile>\` (or \`tofu show -json\`) document.
Needs no terraform. Sensitive values are never printed.

Options:
  --format <f>    comment (default: the PR comment, \u2264 65,536 characters),
                  summary (the job summary, \u2264 1 MiB) or json (the plan model with counts)
  --target <name> the name shown in the header (default: the file's folder name)
  --tool <t>      terraform (default) or tofu
`,M=["comment","summary","json"],g=["terraform","tofu"];function u(n,o,e){if(e.includes(o))return o;throw new r.yo(`--${n} must be one of ${e.join(", ")}, not '${o}'.`)}i(u,"oneOf");async function D(n){let o;try{o=await(0,d.readFile)(n,"utf8")}catch(e){const s=e.code;throw new r.yo(s==="ENOENT"?"no such file.":`cannot read it (${s??"error"}).`,{hint:"Pass the output of `terraform show -json <planfile>`."})}try{return JSON.parse(o)}catch{throw new r.yo("not JSON.",{hint:"Pass the output of `terraform show -json <planfile>` (not the binary plan file)."})}}i(D,"readPlanJson");const j={name:"render",summary:"Print the review (PR comment, job summary or model) of a plan JSON document",help:p,async run(n){const{values:o,positionals:e}=(0,_.parseArgs)({args:n.argv,strict:!0,allowPositionals:!0,options:{format:{type:"string",default:"comment"},target:{type:"string"},tool:{type:"string",default:"terraform"}}});if(e.length!==1)throw new r.yo("expected exactly one argument: the plan JSON file.",{hint:"Usage: gantry render <plan.json> [--format comment|summary|json]."});const s=u("format",o.format,M),v=u("tool",o.tool,g),E=e[0],O=(0,h.resolve)(n.cwd,E);let a;try{a=(0,P.vS)(await D(O))}catch(l){throw l instanceof r.yo?new r.yo(`${E}: ${l.message}`,{hint:l.hint}):l}if(s==="json")return n.stdout.write(`${JSON.stringify({...a,digest:(0,c.Gb)(a)},null,2)}
`),0;const w=o.target??(O.split(/[\\/]/).slice(-2,-1)[0]||"plan");return n.stdout.write((0,y.Fs)(a,{form:s,target:w,tool:v,digest:(0,c.Gb)(a)})),0}}})};export{L as id,C as ids,I as modules};
