using Azure;
using Azure.Core;

namespace Factumerit.Email.Storage.Tables;

public sealed partial class TableClient
{
    /// <summary>
    /// Submits up to 100 actions on one partition as a single atomic <c>$batch</c>. If any action fails nothing is
    /// written and <see cref="TableTransactionFailedException"/> names the failing action's index.
    /// </summary>
    /// <returns>One response per action, in order; each carries the entity's new ETag where the service sends one.</returns>
    public async Task<Response<IReadOnlyList<Response>>> SubmitTransactionAsync(
        IEnumerable<TableTransactionAction> transactionActions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transactionActions);
        var actions = transactionActions.ToList();
        var bodies = TransactionValidation.Validate(actions);
        var (body, contentType) = TableBatchWriter.Write(_tableUrl, actions, bodies);
        if (body.Length > TransactionValidation.MaxBatchBytes)
        {
            throw new ArgumentException($"The transaction is {body.Length} bytes; a batch may be at most 4 MiB.", nameof(transactionActions));
        }

        using var message = CreateMessage(RequestMethod.Post, _serviceUrl + "/$batch");
        message.Request.Headers.SetValue(HttpHeader.Names.ContentType, contentType);
        message.Request.Content = RequestContent.Create(body);
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;

        var isMultipart = response.Headers.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true;
        var items = isMultipart && response.Content is { } content ? TableBatchReader.Read(content.ToMemory().Span) : [];
        if (items.FirstOrDefault(r => r.Status >= 400) is { } failed)
        {
            throw Failure(failed);
        }
        TableErrors.EnsureSuccess(response);
        return Response.FromValue<IReadOnlyList<Response>>(items, response);
    }

    private static TableTransactionFailedException Failure(BatchItemResponse failed)
    {
        var (code, serviceMessage) = TableErrorParser.Read(failed.Content.ToMemory());
        var (index, text) = TableBatchReader.SplitIndex(serviceMessage);
        var where = index is null ? "An action" : $"Action {index}";
        return new TableTransactionFailedException(failed.Status,
            $"{where} of the transaction failed with status {failed.Status} ({code ?? failed.ReasonPhrase}); nothing was written. {text}".TrimEnd(),
            code, index);
    }
}
