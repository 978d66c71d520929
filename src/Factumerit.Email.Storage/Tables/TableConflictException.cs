using Azure;

namespace Factumerit.Email.Storage.Tables;

/// <summary>HTTP 409: the entity or table already exists (<c>EntityAlreadyExists</c>, <c>TableAlreadyExists</c>).</summary>
public sealed class TableConflictException : RequestFailedException
{
    public TableConflictException(Response response)
        : base(response, null, TableErrorParser.Instance)
    {
    }
}
