import { describe, expect, it } from 'vitest';
import { ACTION_NAMES, canAssignRole, decide, normalizeBrandScope, ROLES, roleAllows } from './permissions.ts';

describe('permission matrix', () => {
  it('lets an editor create posts but not approve them', () => {
    expect(roleAllows('editor', 'post.create')).toBe(true);
    expect(roleAllows('editor', 'post.approve')).toBe(false);
  });

  it('lets a client reviewer approve posts and read reports, but not read the listening stream', () => {
    expect(roleAllows('client_reviewer', 'post.approve')).toBe(true);
    expect(roleAllows('client_reviewer', 'report.view')).toBe(true);
    expect(roleAllows('client_reviewer', 'mention.view')).toBe(false);
    expect(roleAllows('client_reviewer', 'member.view')).toBe(false);
  });

  it('keeps the audit log and member management to owners and admins', () => {
    for (const role of ROLES) {
      const expected = role === 'owner' || role === 'admin';
      expect(roleAllows(role, 'audit.view')).toBe(expected);
      expect(roleAllows(role, 'member.manage')).toBe(expected);
    }
  });

  it('gives the owner every action', () => {
    for (const action of ACTION_NAMES) expect(roleAllows('owner', action)).toBe(true);
  });

  it('treats a brand outside a limited member\'s scope as absent, even for actions the role has', () => {
    const agency = { role: 'editor' as const, brandIds: ['b1'] };
    expect(decide(agency, 'post.create', 'b1')).toEqual({ allowed: true });
    expect(decide(agency, 'post.create', 'b2')).toEqual({ allowed: false, reason: 'brand_scope' });
    expect(decide(agency, 'brand.view', 'b2')).toEqual({ allowed: false, reason: 'brand_scope' });
    expect(decide(agency, 'post.approve', 'b1')).toEqual({ allowed: false, reason: 'role' });
  });

  it('requires a brand for brand actions', () => {
    expect(decide({ role: 'owner', brandIds: null }, 'brand.update')).toEqual({
      allowed: false,
      reason: 'brand_required',
    });
  });

  it('never limits owners and admins to brands', () => {
    expect(normalizeBrandScope('admin', ['b1'])).toBeNull();
    expect(decide({ role: 'admin', brandIds: ['b1'] }, 'brand.update', 'b9')).toEqual({ allowed: true });
    expect(normalizeBrandScope('editor', ['b1', 'b1'])).toEqual(['b1']);
  });

  it('lets only owners make or unmake owners', () => {
    expect(canAssignRole('owner', 'editor', 'owner')).toBe(true);
    expect(canAssignRole('admin', 'editor', 'owner')).toBe(false);
    expect(canAssignRole('admin', 'owner', 'admin')).toBe(false);
    expect(canAssignRole('admin', 'editor', 'analyst')).toBe(true);
    expect(canAssignRole('brand_manager', 'editor', 'analyst')).toBe(false);
  });
});
