using FsCheck.Xunit;
using Workflows.Engine;

namespace Workflows.Engine.Tests;

public sealed class InstanceIdTests
{
    [Fact]
    public void New_ids_are_26_url_safe_characters_and_distinct()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => InstanceId.New().Value).ToHashSet();
        Assert.Equal(1000, ids.Count);
        Assert.All(ids, id => Assert.True(InstanceId.TryParse(id, out _)));
    }

    [Fact]
    public void The_same_idempotency_key_gives_the_same_id_per_workflow()
    {
        Assert.Equal(InstanceId.FromIdempotencyKey("A", "k"), InstanceId.FromIdempotencyKey("A", "k"));
        Assert.NotEqual(InstanceId.FromIdempotencyKey("A", "k"), InstanceId.FromIdempotencyKey("B", "k"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("ABCDEFGHJKMNPQRSTVWXYZ0123")]
    [InlineData("0123456789abcdefghjkmnpq r")]
    [InlineData("../../../../etc/passwd/aaaa")]
    public void Garbage_is_not_an_id(string? text) => Assert.False(InstanceId.TryParse(text, out _));

    [Property]
    public bool Parse_round_trips(Guid seed) =>
        InstanceId.TryParse(InstanceId.FromIdempotencyKey("w", seed.ToString()).Value, out var id)
        && id == InstanceId.FromIdempotencyKey("w", seed.ToString());
}
