/**
 * Reading presenter mode from outside, for its e2e tests: the overlay lives in a closed shadow
 * root, so only the DevTools protocol reaches it (rectangles, the accessibility tree, taps).
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { shotPath } from './harness';

export const stepOf = () => document.querySelector('asistente-clave-presenter')?.getAttribute('data-asistente-presenter-step') ?? null;

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}
type DomNode = { nodeId: number; backendNodeId: number; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] };
type AXNode = { nodeId: string; role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[]; childIds?: string[] };

export const overlap = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

function findNodes(node: DomNode, attr: string, out: DomNode[] = []): DomNode[] {
  if (node.attributes?.includes(attr)) out.push(node);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) findNodes(child, attr, out);
  return out;
}

/** The overlay lives in a closed shadow root: the DevTools protocol reaches it, the page cannot. */
export class Overlay {
  constructor(
    private page: Page,
    private cdp: CDPSession,
  ) {}
  private async node(attr: string): Promise<DomNode | undefined> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    return findNodes(root, attr)[0];
  }
  /** getBoundingClientRect of a node in the overlay (layout-viewport CSS px, like the page's). */
  async rect(attr: string): Promise<Box | null> {
    const node = await this.node(attr);
    if (!node) return null;
    const { object } = (await this.cdp.send('DOM.resolveNode', { nodeId: node.nodeId })) as { object: { objectId: string } };
    const { result } = (await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { const r = this.getBoundingClientRect(); return { left: r.left, top: r.top, width: r.width, height: r.height }; }',
      returnByValue: true,
    })) as { result: { value: Box } };
    return result.value;
  }
  /** The caption as assistive technology gets it: role, live region, and its words. */
  async captionAX(): Promise<{ role: string; live: unknown; text: string }> {
    const node = await this.node('data-presenter-caption');
    if (!node) return { role: '', live: null, text: '' };
    const { nodes } = (await this.cdp.send('Accessibility.getPartialAXTree', { backendNodeId: node.backendNodeId, fetchRelatives: false })) as { nodes: AXNode[] };
    const caption = nodes[0]!;
    const { nodes: all } = (await this.cdp.send('Accessibility.getFullAXTree', {})) as { nodes: AXNode[] };
    const byId = new Map(all.map((n) => [n.nodeId, n]));
    const texts: string[] = [];
    const walk = (id: string) => {
      const n = byId.get(id);
      if (!n) return;
      if (n.role?.value === 'StaticText' && n.name?.value) texts.push(n.name.value);
      n.childIds?.forEach(walk);
    };
    walk(caption.nodeId);
    return { role: caption.role?.value ?? '', live: caption.properties?.find((p) => p.name === 'live')?.value.value, text: texts.join(' ') };
  }
  /** Every caption button's rectangle. */
  async buttons(): Promise<Box[]> {
    const node = await this.node('data-presenter-caption');
    if (!node) return [];
    const { object } = (await this.cdp.send('DOM.resolveNode', { nodeId: node.nodeId })) as { object: { objectId: string } };
    const { result } = (await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { return Array.from(this.querySelectorAll("button"), (b) => { const r = b.getBoundingClientRect(); return { left: r.left, top: r.top, width: r.width, height: r.height }; }); }',
      returnByValue: true,
    })) as { result: { value: Box[] } };
    return result.value;
  }
  step() {
    return this.page.evaluate(stepOf);
  }
  /** The caption's text size in on-screen px. */
  async textPx(): Promise<number> {
    const node = await this.node('data-presenter-caption');
    const { object } = (await this.cdp.send('DOM.resolveNode', { nodeId: node!.nodeId })) as { object: { objectId: string } };
    const { result } = (await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { return parseFloat(getComputedStyle(this.querySelector(".presenter-text")).fontSize) * visualViewport.scale; }',
      returnByValue: true,
    })) as { result: { value: number } };
    return result.value;
  }
  /** A finger's tap on the caption's button whose words start with `label` (as on a phone). */
  async tap(label: string): Promise<void> {
    const node = await this.node('data-presenter-caption');
    const { object } = (await this.cdp.send('DOM.resolveNode', { nodeId: node!.nodeId })) as { object: { objectId: string } };
    const { result } = (await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (label) {
        const b = Array.from(this.querySelectorAll('button')).find((x) => x.textContent.trim().startsWith(label));
        const r = b.getBoundingClientRect();
        // CDP's touch points are in the page's CSS px, like getBoundingClientRect.
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }`,
      arguments: [{ value: label }],
      returnByValue: true,
    })) as { result: { value: { x: number; y: number } } };
    const point = result.value;
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }
}

export async function boxesOf(page: Page, selectors: string[]): Promise<Box[]> {
  return page.evaluate(
    (sels) =>
      sels.map((s) => {
        const r = document.querySelector(s)!.getBoundingClientRect();
        return { left: r.left, top: r.top, width: r.width, height: r.height };
      }),
    selectors,
  );
}
export const visualViewport = (page: Page) =>
  page.evaluate(() => {
    const v = window.visualViewport!;
    return { left: v.offsetLeft, top: v.offsetTop, width: v.width, height: v.height, scale: v.scale };
  });

/** A screenshot of what the emulated screen shows (Playwright's own would reset the emulated size). */
export async function shot(cdp: CDPSession, name: string) {
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
  writeFileSync(shotPath(name), Buffer.from(data, 'base64'));
}
