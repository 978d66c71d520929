using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Factumerit.Email.Storage.Tables;

/// <summary>The headers every Table request carries. Runs on every retry so the date (and signature) is fresh.</summary>
internal sealed class TableHeadersPolicy(TimeProvider timeProvider) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var headers = message.Request.Headers;
        headers.SetValue("x-ms-date", timeProvider.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));
        headers.SetValue("x-ms-version", TableConstants.ServiceVersion);
        headers.SetValue("Accept", TableConstants.Accept);
        headers.SetValue("DataServiceVersion", TableConstants.DataServiceVersion);
        headers.SetValue("MaxDataServiceVersion", TableConstants.DataServiceVersion);
    }
}
