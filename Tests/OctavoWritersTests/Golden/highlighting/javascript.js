// Fetch and greet.
const greet = async (name = "world") => {
  const response = await fetch(`/api/${encodeURIComponent(name)}?t=${Date.now()}`);
  /* nested `${`inner ${name}`}` */
  const label = `Hello, ${name.length > 3 ? `dear ${name}` : 'you'}!`;
  return { label, ok: response.ok, count: 0x10 + 1.5e3, none: null };
};
export default greet;
