using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Storage.Stores.Personas;

/// <summary>A table created on first use, once per process.</summary>
internal sealed class PersonaTable(TableServiceClient tables, string name)
{
    private readonly TableClient _table = tables.GetTableClient(name);
    private volatile bool _ready;

    public async ValueTask<TableClient> GetAsync(CancellationToken cancellationToken)
    {
        if (!_ready)
        {
            await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            _ready = true;
        }
        return _table;
    }
}
