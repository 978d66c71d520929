using System.Net;
using Factumerit.Email.Digest;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Functions.Api;

/// <summary>
/// The digest's one-click links: <c>GET /api/digest/act?token=</c> only shows what the link would do (mail scanners
/// follow GET links), and its form's <c>POST</c> does it. The signed token is the whole authorization: it names one
/// action on one item and expires, so no admin key is ever put in a mail. 403 for a bad or expired token; 404 when
/// links are not configured.
/// </summary>
internal static class DigestLinkEndpoints
{
    public const string Route = DigestLinks.Route;

    public static IEndpointRouteBuilder MapDigestLinkEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/" + Route, (HttpContext http, IOptions<DigestOptions> options, DigestLinkTokens tokens) =>
        {
            if (!options.Value.LinksEnabled)
            {
                return Results.NotFound();
            }
            var token = http.Request.Query["token"].ToString();
            if (tokens.Validate(token) is not { } claim)
            {
                return Forbidden(http);
            }
            var form = $"<form method=\"post\"><input type=\"hidden\" name=\"token\" value=\"{Encode(token)}\">"
                + "<button type=\"submit\">Confirm</button></form>";
            return Page(http, StatusCodes.Status200OK, DigestActionKinds.Describe(claim.Kind) + "?",
                "Nothing has changed yet. Press Confirm to do it.", form);
        });
        endpoints.MapPost("/api/" + Route, async (HttpContext http, IOptions<DigestOptions> options, DigestLinkTokens tokens,
            DigestActionPerformer performer, CancellationToken cancellationToken) =>
        {
            if (!options.Value.LinksEnabled)
            {
                return Results.NotFound();
            }
            var token = http.Request.HasFormContentType
                ? (await http.Request.ReadFormAsync(cancellationToken))["token"].ToString()
                : http.Request.Query["token"].ToString();
            if (tokens.Validate(token) is not { } claim)
            {
                return Forbidden(http);
            }
            var outcome = await performer.PerformAsync(claim, cancellationToken);
            return Page(http, outcome.Status, outcome.Title, outcome.Detail);
        });
        return endpoints;
    }

    private static IResult Forbidden(HttpContext http) => Page(http, StatusCodes.Status403Forbidden, "This link is not valid",
        "It may have expired or been changed. Open the newest digest and use its link instead.");

    private static IResult Page(HttpContext http, int status, string title, string detail, string extra = "")
    {
        // The token is in the URL: keep it out of caches and out of Referer headers.
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        var html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"robots\" content=\"noindex\">"
            + $"<title>{Encode(title)}</title></head><body style=\"font-family:sans-serif\"><h1>{Encode(title)}</h1><p>{Encode(detail)}</p>"
            + extra + "</body></html>";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
