var v=Object.defineProperty;var o=(r,a)=>v(r,"name",{value:a,configurable:!0});const m=791,p=[791],y={1791:((r,a,n)=>{n.r(a),n.d(a,{command:o(()=>h,"command")});var g=n(7975),i=n(8382);const c=/^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;function l(e){return c.test(e)}o(l,"isReleaseTag");function d(e){const t=(e??"").trim();if(!t)throw new i.yo("no release tag given.",{reason:"tag-missing",hint:"Pass the tag to deploy, e.g. TAG=v1.2.3 (a semantic version vX.Y.Z)."});const s=t.startsWith("refs/tags/")?t.slice(10):t;if(!l(s))throw new i.yo(`'${s}' is not a release tag: production deploys only from a semantic version tag vX.Y.Z.`,{reason:"tag-not-release",hint:"Tag the commit (git tag v1.2.3 && git push origin v1.2.3) and pass TAG=v1.2.3."});return s}o(d,"checkReleaseTag");const h={name:"release-check",summary:"Refuse anything but a release tag vX.Y.Z (the production deploy gate)",help:`Usage: gantry release-check --tag <vX.Y.Z>

Exits 0 when the tag is a semantic version release tag (v1.2.3; refs/tags/v1.2.3 is accepted too),
else prints why and exits 1. Pre-release tags (v1.2.3-rc.1), 1.2 and latest are refused.

Options:
  --tag <tag>   the tag to check (required)
`,async run(e){const{values:t}=(0,g.parseArgs)({args:e.argv,options:{tag:{type:"string"}},strict:!0,allowPositionals:!1}),s=d(t.tag);return e.stdout.write(`${s} is a release tag
`),0}}})};export{m as id,p as ids,y as modules};
