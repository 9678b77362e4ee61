// A small typed fetch wrapper: JSON in and out, the session's CSRF token on every state-changing
// request, and one error class for the API's single error shape.

export interface ApiIssue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, unknown>;

  constructor(status: number, code: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Validation issues with their paths joined by dots (`brandIds.0`), empty when there are none. */
  get issues(): ApiIssue[] {
    const raw = this.details['issues'];
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((issue: unknown) => {
      if (typeof issue !== 'object' || issue === null) return [];
      const { path, message } = issue as { path?: unknown; message?: unknown };
      const joined = Array.isArray(path) ? path.map(String).join('.') : typeof path === 'string' ? path : '';
      return [{ path: joined.replace(/^(body|querystring|params)\./, ''), message: typeof message === 'string' ? message : '' }];
    });
  }
}

// The CSRF token lives in memory only: it comes with the session and is never persisted.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

let currentLanguage = 'en';
export function setRequestLanguage(language: string): void {
  currentLanguage = language;
}

type UnauthenticatedHandler = () => void;
let onUnauthenticated: UnauthenticatedHandler = () => {};
/** Called when a signed-in call finds the session gone (expired, revoked, logged out elsewhere). */
export function setUnauthenticatedHandler(handler: UnauthenticatedHandler): void {
  onUnauthenticated = handler;
}

// These two answer 401 as a normal outcome (not signed in yet, wrong password), not a lost session.
const SESSION_PATHS = new Set(['/auth/session', '/auth/login']);

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

export const API_PREFIX = '/api/v1';

function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_PREFIX}${path}${qs ? `?${qs}` : ''}`;
}

async function parseError(response: Response): Promise<ApiError> {
  let payload: unknown = null;
  try {
    payload = await response.json();
  } catch {
    // Not JSON (a proxy error page, for example): fall through to a generic error.
  }
  return errorOf(response.status, response.statusText, payload);
}

function errorOf(status: number, statusText: string, payload: unknown): ApiError {
  const error = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (error && typeof error.code === 'string') {
    const details = typeof error.details === 'object' && error.details !== null ? (error.details as Record<string, unknown>) : {};
    return new ApiError(status, error.code, typeof error.message === 'string' ? error.message : '', details);
  }
  return new ApiError(status, status >= 500 ? 'internal' : 'unknown', statusText);
}

export async function apiRequest<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': currentLanguage };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', 'The server could not be reached.');
  }

  if (!response.ok) {
    const error = await parseError(response);
    if (response.status === 401 && error.code !== 'invalid_credentials' && !SESSION_PATHS.has(path)) {
      onUnauthenticated();
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    apiRequest<T>('GET', path, { query, signal }),
  post: <T>(path: string, body: unknown = {}) => apiRequest<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, { body }),
  delete: <T = void>(path: string) => apiRequest<T>('DELETE', path),
};

export interface UploadOptions {
  /** Extra headers, e.g. the file's name. */
  headers?: Record<string, string>;
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * POSTs a file as the raw body. XMLHttpRequest rather than fetch, for the upload's progress; the
 * session's CSRF token, the language and the lost-session handling are the JSON client's.
 */
export function apiUpload<T>(path: string, file: Blob, options: UploadOptions = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(path));
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', currentLanguage);
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    for (const [name, value] of Object.entries(options.headers ?? {})) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      let payload: unknown = null;
      try {
        payload = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        // Not JSON (a proxy's error page): a generic error below.
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        options.onProgress?.(1);
        resolve(payload as T);
        return;
      }
      const error = errorOf(xhr.status, xhr.statusText, payload);
      if (xhr.status === 401) onUnauthenticated();
      reject(error);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'The server could not be reached.'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
