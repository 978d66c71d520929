using System.Text.Json.Serialization;

namespace Factumerit.Email.Providers.Resend;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SendEmailRequest))]
[JsonSerializable(typeof(SendEmailResponse))]
[JsonSerializable(typeof(ReceivedEmail))]
[JsonSerializable(typeof(ResendErrorBody))]
internal sealed partial class ResendJsonContext : JsonSerializerContext;

internal sealed record SendEmailResponse(string Id);

/// <summary>Resend's flat error shape: <c>{"statusCode":422,"message":"…","name":"missing_required_field"}</c>.</summary>
internal sealed record ResendErrorBody(
    [property: JsonPropertyName("statusCode")] int? StatusCode,
    string? Message,
    string? Name);
