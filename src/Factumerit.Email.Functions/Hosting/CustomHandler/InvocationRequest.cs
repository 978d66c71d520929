using System.Text.Json;

namespace Factumerit.Email.Functions.Hosting.CustomHandler;

/// <summary>The body the Functions host posts to <c>/{FunctionName}</c>: input bindings in Data, trigger metadata in Metadata.</summary>
internal sealed record InvocationRequest(JsonElement Data, JsonElement Metadata)
{
    /// <exception cref="InvalidInvocationException">Not JSON, not an object, or without a Data object.</exception>
    public static InvocationRequest Parse(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw new InvalidInvocationException("The invocation body is not JSON.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidInvocationException("The invocation body is not a JSON object.");
            }
            var data = Property(document.RootElement, "Data");
            if (data is not { ValueKind: JsonValueKind.Object })
            {
                throw new InvalidInvocationException("The invocation body has no 'Data' object.");
            }
            var metadata = Property(document.RootElement, "Metadata");
            return new InvocationRequest(data.Value.Clone(),
                metadata is { ValueKind: JsonValueKind.Object } ? metadata.Value.Clone() : EmptyObject);
        }
    }

    /// <summary>The value of the trigger binding: by its function.json name, else the only entry in Data.</summary>
    public JsonElement TriggerValue(string bindingName)
    {
        if (Property(Data, bindingName) is { } named)
        {
            return named;
        }
        using var entries = Data.EnumerateObject();
        var all = entries.ToList();
        return all.Count == 1
            ? all[0].Value
            : throw new InvalidInvocationException($"The invocation 'Data' has no '{bindingName}' entry.");
    }

    internal static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }
        return null;
    }

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();
}

/// <summary>A payload the host should not have sent; answered with 400 and the message.</summary>
internal sealed class InvalidInvocationException(string message) : Exception(message);
