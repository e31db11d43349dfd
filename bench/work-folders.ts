// The bench's work folders, kept until every build is measured: deleting many files just before a build slows it.
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The work folders of one bench run. On an ext4 file system without a journal (these machines' disk), a file made
 * within minutes of many being deleted takes longer to create: the kernel passes over each freed inode, which it will
 * not reuse yet, one by one. Removing a run's 40,000 files just before the next run's cold build made that build
 * seconds slower (42.4 s against 34.2 s at 3,000 articles), and only Casebook's side, which starts first, paid. So
 * nothing is deleted until the end.
 */
export class WorkFolders {
  readonly #root: string;
  readonly #made: string[] = [];

  constructor(root: string) {
    this.#root = root;
  }

  /** A new empty folder under the root, named after `prefix`. */
  async make(prefix: string): Promise<string> {
    await mkdir(this.#root, { recursive: true });
    const folder = await mkdtemp(join(this.#root, prefix));
    this.#made.push(folder);
    return folder;
  }

  /** Moves `names` (those that exist) out of `folder` into a new sibling folder inside it, instead of deleting them. */
  async setAside(folder: string, names: string[]): Promise<string> {
    const aside = await mkdtemp(join(folder, 'set-aside-'));
    await Promise.all(names.map((name) => rename(join(folder, name), join(aside, name)).catch(() => undefined)));
    return aside;
  }

  /** Deletes every folder made, once nothing more is measured; with `keep`, leaves them and returns their paths. */
  async removeAll(keep: boolean): Promise<string[]> {
    const folders = this.#made.splice(0);
    if (!keep) for (const folder of folders) await rm(folder, { recursive: true, force: true });
    return keep ? folders : [];
  }
}
