using Azure;

namespace Factumerit.Email.Storage.Tables;

internal static class TableErrors
{
    public static RequestFailedException From(Response response) => response.Status switch
    {
        409 => new TableConflictException(response),
        412 => new TablePreconditionFailedException(response),
        _ => new RequestFailedException(response, null, TableErrorParser.Instance),
    };

    public static Response EnsureSuccess(Response response, int allowed = 0)
    {
        if (response.Status is >= 200 and < 300 || response.Status == allowed)
        {
            return response;
        }
        throw From(response);
    }
}
