using System.Xml;
using System.Xml.Linq;
using Azure;
using Azure.Core;

namespace Factumerit.Email.Storage.Queues;

/// <summary>
/// Reads the storage error code from <c>x-ms-error-code</c>, falling back to the XML
/// <c>&lt;Error&gt;&lt;Code&gt;</c> body, so callers can filter on <see cref="RequestFailedException.ErrorCode"/>.
/// </summary>
internal sealed class QueueErrorParser : RequestFailedDetailsParser
{
    public static readonly QueueErrorParser Instance = new();

    public override bool TryParse(Response response, out ResponseError? error, out IDictionary<string, string>? data)
    {
        data = null;
        var (bodyCode, bodyMessage) = ReadBody(response);
        var code = response.Headers.TryGetValue("x-ms-error-code", out var headerCode) ? headerCode : bodyCode;
        if (code is null && bodyMessage is null)
        {
            error = null;
            return false;
        }
        error = new ResponseError(code, bodyMessage ?? response.ReasonPhrase);
        return true;
    }

    private static (string? Code, string? Message) ReadBody(Response response)
    {
        var content = response.Content;
        if (content is null || content.ToMemory().IsEmpty)
        {
            return (null, null);
        }
        try
        {
            var root = XDocument.Parse(content.ToString()).Root;
            if (root is null || root.Name.LocalName != "Error")
            {
                return (null, null);
            }
            // The service appends RequestId and Time lines to the message; the first line is the useful part.
            var message = root.Element("Message")?.Value.Split('\n')[0].Trim();
            return (root.Element("Code")?.Value, message);
        }
        catch (XmlException)
        {
            return (null, null);
        }
    }
}
