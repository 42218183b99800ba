import { describe, expect, it } from "vitest";
import { SyncCursor } from "../../../../../app/components/messaging/sync-cursor";

describe("SyncCursor", () => {
  it("follows live changes that arrive in order", () => {
    const cursor = new SyncCursor(4);
    cursor.live(5);
    cursor.live(6);
    expect(cursor.value).toBe(6);
  });

  it("does not pass a change that has not arrived, so the next sync fetches it", () => {
    const cursor = new SyncCursor(8);
    cursor.live(10);
    expect(cursor.value).toBe(8);
    cursor.live(9);
    expect(cursor.value).toBe(10);
  });

  it("takes a sync answer's cursor, and live changes already past it", () => {
    const cursor = new SyncCursor(3);
    cursor.live(7);
    cursor.live(12);
    cursor.synced({ cursor: 6 });
    expect(cursor.value).toBe(7);
    cursor.synced({ cursor: 11 });
    expect(cursor.value).toBe(12);
    cursor.synced({ cursor: 2 });
    expect(cursor.value).toBe(12);
  });

  it("ignores repeats and old changes", () => {
    const cursor = new SyncCursor(5);
    cursor.live(5);
    cursor.live(3);
    cursor.live(6);
    cursor.live(6);
    expect(cursor.value).toBe(6);
  });
});
