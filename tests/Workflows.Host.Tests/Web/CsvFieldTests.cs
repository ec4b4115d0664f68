using Workflows.Host.Web.Coordinator;

namespace Workflows.Host.Tests.Web;

public sealed class CsvFieldTests
{
    [Theory]
    [InlineData("plain", ';', "plain")]
    [InlineData("a;b", ';', "\"a;b\"")]
    [InlineData("a;b", ',', "a;b")]
    [InlineData("say \"hi\"", ';', "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", ';', "\"two\nlines\"")]
    [InlineData("=SUM(A1)", ';', "'=SUM(A1)")]
    [InlineData("+39", ';', "'+39")]
    [InlineData("@cmd", ';', "'@cmd")]
    [InlineData("", ';', "")]
    public void Given_a_value_then_it_is_escaped_for_spreadsheets(string value, char separator, string expected) =>
        Assert.Equal(expected, CoordinatorExport.Field(value, separator));
}
