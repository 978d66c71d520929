using System.Diagnostics;
using Factumerit.Email.Inbound;
using Factumerit.Email.Providers.Resend;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Functions.Webhooks;

/// <summary>
/// <c>POST /api/webhooks/resend</c> (function <c>resend-webhook</c>): 503 without a webhook secret, 413 over the size
/// limit, then <see cref="ResendWebhookIntake"/>. Under the Functions host the request is proxied with its raw bytes.
/// </summary>
internal static class ResendWebhookEndpoint
{
    public const string FunctionName = "resend-webhook";
    public const string Route = "webhooks/resend";

    public static IEndpointRouteBuilder MapResendWebhook(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/" + Route, async (HttpContext context, IOptions<ResendOptions> resend,
            IOptions<InboundOptions> inbound, CancellationToken cancellationToken) =>
        {
            if (!resend.Value.HasWebhookSecret)
            {
                return TypedResults.Problem("webhook secret not configured: set Resend__WebhookSecret.",
                    statusCode: StatusCodes.Status503ServiceUnavailable, title: "unavailable");
            }
            var body = await WebhookBody.ReadAsync(context.Request, inbound.Value.MaxWebhookBytes, cancellationToken);
            if (body is null)
            {
                return TypedResults.Problem($"The body is larger than {inbound.Value.MaxWebhookBytes} bytes.",
                    statusCode: StatusCodes.Status413PayloadTooLarge, title: "too large");
            }
            var headers = SvixHeaders.From(name => context.Request.Headers[name].ToString());
            var intake = context.RequestServices.GetRequiredService<ResendWebhookIntake>();
            var outcome = await intake.AcceptAsync(headers, body, Activity.Current?.Id, cancellationToken);
            return outcome.ToResult();
        });
        return endpoints;
    }
}
