using Azure;

namespace Factumerit.Email.Storage.Tables;

/// <summary>The "not found" answer of <see cref="TableClient.GetEntityIfExistsAsync{T}"/>.</summary>
internal sealed class NoValueResponse<T>(Response response) : NullableResponse<T>
{
    public override bool HasValue => false;

    public override T Value => throw new InvalidOperationException(
        $"The entity was not found (status {response.Status}); check HasValue before reading Value.");

    public override Response GetRawResponse() => response;
}
