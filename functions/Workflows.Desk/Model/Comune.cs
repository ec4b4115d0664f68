using Workflows.Desk.Calendar;

namespace Workflows.Desk.Model;

/// <summary>An Italian municipality, identified by its ISTAT code.</summary>
/// <param name="Istat">The six-digit ISTAT code as text, e.g. <c>001042</c> (Burolo).</param>
/// <param name="Name">The official name, e.g. <c>Burolo</c>.</param>
/// <param name="Province">The province's car-plate code, e.g. <c>TO</c> or <c>AL</c>.</param>
/// <param name="PatronDay">The local patron-saint day, a holiday in that comune only (Torino: 24 June).</param>
public sealed record Comune(string Istat, string Name, string Province, MonthDay? PatronDay = null);
