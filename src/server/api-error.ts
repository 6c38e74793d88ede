// The one error shape of the HTTP API: `{ ok: false, error, status }`, for bad parameters, unknown routes
// and ids, refused writes and internal failures alike.
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** A failure the client can act on: its message is shown as it is. */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(readonly status: ContentfulStatusCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export interface ErrorBody {
  ok: false;
  error: string;
  status: number;
}

export function toErrorBody(status: number, error: string): ErrorBody {
  return { ok: false, error, status };
}

export function sendError(c: Context, status: ContentfulStatusCode, message: string): Response {
  return c.json(toErrorBody(status, message), status);
}

const AUTH_MESSAGES: Record<number, string> = {
  400: "the Authorization header must be 'Bearer TOKEN'",
  401: "a valid bearer token is required (Authorization: Bearer TOKEN)",
};

/** app.onError: ApiError and Hono's own HTTPException keep their status; anything else is a 500 without details. */
export function handleError(error: Error, c: Context, report: (error: Error) => void): Response {
  if (error instanceof ApiError) return sendError(c, error.status, error.message);
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const challenge = error.res?.headers.get("WWW-Authenticate");
    const message = error.message || (challenge ? AUTH_MESSAGES[status] : undefined) || `request failed with status ${status}`;
    const response = sendError(c, status, message);
    if (challenge) response.headers.set("WWW-Authenticate", challenge);
    return response;
  }
  report(error);
  return sendError(c, 500, "internal error: the server logged the details");
}
