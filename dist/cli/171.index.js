var f=Object.defineProperty;var a=(E,t)=>f(E,"name",{value:t,configurable:!0});const _=171,O=[171],y={6171:((E,t,r)=>{r.r(t),r.d(t,{command:a(()=>h,"command")});var p=r(7975),l=r.n(p),m=r(8024),u=r(5738),i=r(2115);const h={name:"status",summary:"Live and previous colors, digests, replicas and failed marks of an app",help:`Usage: gantry status --namespace <ns> --app <name> [--json]

Reads the app's Service and its blue/green Deployments and prints the active (live) and previous colors,
their image digests, ready/desired replicas, failed-color marks, the last switch (time and run
URL) and how many warning events are recent. Read-only.

Options:
${i.aL}
  --json                print the status as JSON (stable shape, schemaVersion 1)
  --strict              exit 2 when a problem is found (for scripts and alerts)
`,async run(d){const{values:n}=(0,p.parseArgs)({args:d.argv,options:{...i.FG,json:{type:"boolean",default:!1},strict:{type:"boolean",default:!1}},strict:!0,allowPositionals:!1}),o=(0,i.hu)(n),e=await(0,u.hB)((0,i.d2)(o,d.env),o);return d.stdout.write(n.json?`${JSON.stringify(e,null,2)}
`:`${(0,m.me)(e)}
`),n.strict&&!e.healthy?2:0}}}),8024:((E,t,r)=>{r.d(t,{Nb:a(()=>d,"Nb"),me:a(()=>h,"me"),tp:a(()=>l,"tp")});var p=r(5738);function l(n,o){const e=[n,...o],s=n.map(($,c)=>Math.max(...e.map(g=>(g[c]??"").length)));return e.map($=>$.map((c,g)=>g===$.length-1?c:c.padEnd(s[g]??0)).join("  ").trimEnd()).join(`
`)}a(l,"table");function m(n){return n?`${n.slice(0,19)}`:"-"}a(m,"shortDigest");function u(n){if(!n.failed)return"-";const o=(0,p.ol)(n.failed);return`FAILED${o?` (${m(o)})`:""}`}a(u,"failedMark");function i(n){const o={active:0,previous:1,idle:2};return[...n.colors].sort((e,s)=>o[e.role]-o[s.role]).map(e=>[e.color,e.role,e.exists?`${e.ready}/${e.desired}`:"absent",m(e.digest),u(e),e.deployedImage??e.image??"-"])}a(i,"colorRows");function h(n){const o=[`${n.app} in namespace ${n.namespace}`];return n.deployed?(o.push("",l(["COLOR","ROLE","READY","DIGEST","FAILED","IMAGE"],i(n)),"",`active:      ${n.active??"unknown"}${n.image?`  ${n.image}`:""}`,`previous:    ${n.previous??"none"}`,`last switch: ${n.switchedAt??"never (bootstrap only)"}${n.switchedBy?` (${n.switchedBy})`:""}${n.runUrl?`  ${n.runUrl}`:""}`),n.lease&&o.push(`in progress: run ${n.lease.runId} holds the app until ${n.lease.expiresAt}`),o.push(`warnings:    ${n.warnings.length?`${n.warnings.length} recent (gantry diagnose)`:"none"}`),o.push(`health:      ${n.healthy?"ok":`${n.problems.length} problem(s)`}`),o.join(`
`)):(o.push(`not deployed: Service ${n.app} does not exist.`),o.join(`
`))}a(h,"formatStatus");function d(n){const o=n.colors.flatMap(s=>s.pods),e=[h(n)];return e.push(o.length?`Pods
${l(["POD","COLOR","PHASE","READY","RESTARTS","REASON"],o.map(s=>[s.name,s.color,s.phase,s.ready?"yes":"no",String(s.restarts),s.reason??""]))}`:`Pods
none`),e.push(n.warnings.length?`Recent warning events
${l(["LAST SEEN","OBJECT","REASON","COUNT","MESSAGE"],n.warnings.map(s=>[s.at??"-",s.object,s.reason??"",String(s.count),s.message??""]))}`:`Recent warning events
none`),e.push(n.problems.length?`Problems
${n.problems.map(s=>`- ${s}`).join(`
`)}`:`Problems
none found`),e.join(`

`)}a(d,"formatDiagnosis")})};export{_ as id,O as ids,y as modules};
