using System.Text;
using Azure;

namespace Factumerit.Email.Storage.Tables;

/// <summary>
/// The <c>multipart/mixed</c> body of an entity group transaction: one changeset holding one HTTP request per action.
/// https://learn.microsoft.com/rest/api/storageservices/performing-entity-group-transactions
/// </summary>
internal static class TableBatchWriter
{
    private const string Crlf = "\r\n";

    public static (byte[] Body, string ContentType) Write(
        string tableUrl, IReadOnlyList<TableTransactionAction> actions, IReadOnlyList<byte[]?> bodies)
    {
        var batch = "batch_" + Guid.NewGuid().ToString("D");
        var changeset = "changeset_" + Guid.NewGuid().ToString("D");
        using var stream = new MemoryStream();
        void Text(string text) => stream.Write(Encoding.UTF8.GetBytes(text));

        Text($"--{batch}{Crlf}Content-Type: multipart/mixed; boundary={changeset}{Crlf}{Crlf}");
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            var (method, ifMatch) = Operation(action);
            var url = action.ActionType == TableTransactionActionType.Add
                ? tableUrl
                : tableUrl + TableKeys.KeySegment(action.Entity.PartitionKey, action.Entity.RowKey);
            Text($"--{changeset}{Crlf}Content-Type: application/http{Crlf}Content-Transfer-Encoding: binary{Crlf}{Crlf}");
            Text($"{method} {url} HTTP/1.1{Crlf}Accept: {TableConstants.Accept}{Crlf}DataServiceVersion: 3.0;{Crlf}");
            if (ifMatch is not null)
            {
                Text($"If-Match: {ifMatch}{Crlf}");
            }
            if (bodies[i] is { } body)
            {
                Text($"Content-Type: {TableConstants.JsonContentType}{Crlf}Prefer: {TableConstants.ReturnNoContent}{Crlf}{Crlf}");
                stream.Write(body);
                Text(Crlf);
            }
            else
            {
                Text(Crlf);
            }
        }
        Text($"--{changeset}--{Crlf}{Crlf}--{batch}--{Crlf}");
        return (stream.ToArray(), $"multipart/mixed; boundary={batch}");
    }

    private static (string Method, string? IfMatch) Operation(TableTransactionAction action)
    {
        var ifMatch = action.ETag == default ? "*" : action.ETag.ToString();
        return action.ActionType switch
        {
            TableTransactionActionType.Add => ("POST", null),
            TableTransactionActionType.UpdateMerge => ("MERGE", ifMatch),
            TableTransactionActionType.UpdateReplace => ("PUT", ifMatch),
            TableTransactionActionType.Delete => ("DELETE", ifMatch),
            TableTransactionActionType.UpsertMerge => ("MERGE", null),
            TableTransactionActionType.UpsertReplace => ("PUT", null),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.ActionType, "Unknown transaction action type."),
        };
    }
}
