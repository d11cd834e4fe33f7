// A user record and a store of them.
interface User {
  readonly id: number;
  name?: string;
}
@Component({ selector: "app" })
export class Store<T extends User> {
  private items: Map<number, T> = new Map();
  add(item: T): void { this.items.set(item.id, item); }
  get size(): number { return this.items.size as number; }
}
type Id = User["id"] | undefined;
