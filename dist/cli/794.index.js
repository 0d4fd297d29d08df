export const id=794;export const ids=[794];export const modules={2794:((e,t,n)=>{n.r(t),n.d(t,{renderJson:()=>r});function r(e){return JSON.stringify(e,null,2)+`
`}})};