using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Factumerit.Email.IntegrationTests.Fakes.Resend;

/// <summary>Writes errors the way Resend does: flat <c>{statusCode, message, name}</c>.</summary>
internal static class FakeResendErrors
{
    public static Task WriteAsync(HttpContext context, int status, string name, string message, TimeSpan? retryAfter = null)
    {
        context.Response.StatusCode = status;
        if (retryAfter is { } wait)
        {
            context.Response.Headers["retry-after"] = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        return context.Response.WriteAsJsonAsync(new Dictionary<string, object>
        {
            ["statusCode"] = status,
            ["message"] = message,
            ["name"] = name,
        });
    }

    /// <summary>The error name Resend uses for a status the test asked the fake to fail with.</summary>
    public static (string Name, string Message) ForInjected(int status) => status switch
    {
        429 => ("rate_limit_exceeded", "Too many requests. You can only make 2 requests per second."),
        409 => ("concurrent_idempotent_requests", "Same idempotency key used while original request is still in progress."),
        >= 500 => ("internal_server_error", "An unexpected error occurred."),
        _ => ("validation_error", "Injected failure."),
    };

    /// <summary>Resend's edge answers a request without User-Agent in plain text, not in the API's error shape.</summary>
    public static Task WriteMissingUserAgentAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain; charset=UTF-8";
        return context.Response.WriteAsync("error code: 1010");
    }
}
