using Azure;

namespace Factumerit.Email.Storage.Tables;

/// <summary>HTTP 412: the entity changed since the ETag sent as If-Match was read.</summary>
public sealed class TablePreconditionFailedException : RequestFailedException
{
    public TablePreconditionFailedException(Response response)
        : base(response, null, TableErrorParser.Instance)
    {
    }
}
