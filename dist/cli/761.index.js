var v=Object.defineProperty;var r=(E,i)=>v(E,"name",{value:i,configurable:!0});const $=761,y=[761],O={8761:((E,i,t)=>{t.r(i),t.d(i,{command:r(()=>f,"command")});var p=t(7975),d=t.n(p),h=t(8024),u=t(5738),l=t(2115),g=t(8382);const f={name:"diagnose",summary:"Status plus pod readiness, recent warning events and findings, for an incident",help:`Usage: gantry diagnose --namespace <ns> --app <name> [--events 20] [--json]

Everything \`gantry status\` shows, plus every pod of both colors (phase, readiness, restarts,
waiting reason), the most recent warning events of the app's objects, and a list of problems in
plain words (active color not fully ready, no known-good previous color, crash loops, \u2026).
Read-only; exits 0 unless --strict is given and a problem is found (then 2).

Options:
${l.aL}
  --events <n>          how many recent warning events to show (default 20)
  --json                print the diagnosis as JSON (the status shape, schemaVersion 1)
  --strict              exit 2 when a problem is found (for scripts and alerts)
`,async run(n){const{values:e}=(0,p.parseArgs)({args:n.argv,options:{...l.FG,events:{type:"string",default:"20"},json:{type:"boolean",default:!1},strict:{type:"boolean",default:!1}},strict:!0,allowPositionals:!1}),s=(0,l.hu)(e),o=Number(e.events);if(!Number.isInteger(o)||o<0)throw new g.yo(`--events '${e.events}' is not a whole number.`);const a=await(0,u.hB)((0,l.d2)(s,n.env),{...s,maxEvents:o});return n.stdout.write(e.json?`${JSON.stringify(a,null,2)}
`:`${(0,h.Nb)(a)}
`),e.strict&&!a.healthy?2:0}}}),8024:((E,i,t)=>{t.d(i,{Nb:r(()=>f,"Nb"),me:r(()=>g,"me"),tp:r(()=>d,"tp")});var p=t(5738);function d(n,e){const s=[n,...e],o=n.map((a,m)=>Math.max(...s.map(c=>(c[m]??"").length)));return s.map(a=>a.map((m,c)=>c===a.length-1?m:m.padEnd(o[c]??0)).join("  ").trimEnd()).join(`
`)}r(d,"table");function h(n){return n?`${n.slice(0,19)}`:"-"}r(h,"shortDigest");function u(n){if(!n.failed)return"-";const e=(0,p.ol)(n.failed);return`FAILED${e?` (${h(e)})`:""}`}r(u,"failedMark");function l(n){const e={active:0,previous:1,idle:2};return[...n.colors].sort((s,o)=>e[s.role]-e[o.role]).map(s=>[s.color,s.role,s.exists?`${s.ready}/${s.desired}`:"absent",h(s.digest),u(s),s.deployedImage??s.image??"-"])}r(l,"colorRows");function g(n){const e=[`${n.app} in namespace ${n.namespace}`];return n.deployed?(e.push("",d(["COLOR","ROLE","READY","DIGEST","FAILED","IMAGE"],l(n)),"",`active:      ${n.active??"unknown"}${n.image?`  ${n.image}`:""}`,`previous:    ${n.previous??"none"}`,`last switch: ${n.switchedAt??"never (bootstrap only)"}${n.switchedBy?` (${n.switchedBy})`:""}${n.runUrl?`  ${n.runUrl}`:""}`),n.lease&&e.push(`in progress: run ${n.lease.runId} holds the app until ${n.lease.expiresAt}`),e.push(`warnings:    ${n.warnings.length?`${n.warnings.length} recent (gantry diagnose)`:"none"}`),e.push(`health:      ${n.healthy?"ok":`${n.problems.length} problem(s)`}`),e.join(`
`)):(e.push(`not deployed: Service ${n.app} does not exist.`),e.join(`
`))}r(g,"formatStatus");function f(n){const e=n.colors.flatMap(o=>o.pods),s=[g(n)];return s.push(e.length?`Pods
${d(["POD","COLOR","PHASE","READY","RESTARTS","REASON"],e.map(o=>[o.name,o.color,o.phase,o.ready?"yes":"no",String(o.restarts),o.reason??""]))}`:`Pods
none`),s.push(n.warnings.length?`Recent warning events
${d(["LAST SEEN","OBJECT","REASON","COUNT","MESSAGE"],n.warnings.map(o=>[o.at??"-",o.object,o.reason??"",String(o.count),o.message??""]))}`:`Recent warning events
none`),s.push(n.problems.length?`Problems
${n.problems.map(o=>`- ${o}`).join(`
`)}`:`Problems
none found`),s.join(`

`)}r(f,"formatDiagnosis")})};export{$ as id,y as ids,O as modules};
