using System.Xml.Linq;
using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Workflows.Host.Extensions;

/// <summary>
/// Keeps the ASP.NET Core data-protection key ring in Table Storage, so sign-in cookies and anti-forgery tokens
/// issued by one Functions instance are accepted by the others and survive restarts.
/// </summary>
internal sealed class TableXmlRepository(TableClient table) : IXmlRepository
{
    private const string Partition = "keys";
    private int _created;

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        EnsureTable();
        return [.. table.Query<TableEntity>(e => e.PartitionKey == Partition).Select(e => XElement.Parse(e.GetString("Xml")))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        EnsureTable();
        table.UpsertEntity(new TableEntity(Partition, friendlyName) { ["Xml"] = element.ToString(SaveOptions.DisableFormatting) });
    }

    private void EnsureTable()
    {
        // Marked only once it worked: a first call during a storage outage must not leave the table uncreated for
        // good (the key ring would then fail to load, and every form lose its anti-forgery token, until a restart).
        if (Volatile.Read(ref _created) == 0)
        {
            table.CreateIfNotExists();
            Volatile.Write(ref _created, 1);
        }
    }
}
