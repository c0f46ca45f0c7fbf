using CivilityBot.Checklists;

namespace CivilityBot.Tests.Checklists;

public class SeenTokenTests
{
    [Fact]
    public void Parse_WhatToStringWrote_GivesTheSameToken()
    {
        var state = new ChecklistItemState { Id = "16.1", IndicatorNumber = 16, Done = true, DoneRevision = 3, EvidenceRevision = 2, Evidence = "志愿者名册" };
        var token = SeenToken.Of(state);

        Assert.Equal(token, SeenToken.Parse(token.ToString()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("16|1|3|2")]
    [InlineData("16|2|3|2|abcdef12")]
    [InlineData("16|1|-3|2|abcdef12")]
    [InlineData("16|1|3|2|abc")]
    [InlineData("99999999999999999999|1|3|2|abcdef12")]
    public void Parse_AnythingElse_IsNull(string? text) => Assert.Null(SeenToken.Parse(text));

    [Theory]
    [InlineData("\u200b\ufeff")]
    [InlineData(" \u2060\u00a0")]
    public void Evidence_of_only_invisible_characters_is_no_evidence(string pasted)
    {
        Assert.Null(ChecklistMerge.NormalizeEvidence(pasted));
        Assert.Equal(SeenToken.Hash(null), SeenToken.Hash(pasted));
        Assert.Equal("\u200b说明", ChecklistMerge.NormalizeEvidence(" \u200b说明 "));
    }

    [Fact]
    public void Hash_IgnoresSurroundingSpaceAndTreatsBlankAsNone()
    {
        Assert.Equal(SeenToken.Hash("链接"), SeenToken.Hash("  链接 "));
        Assert.Equal(SeenToken.Hash(null), SeenToken.Hash("   "));
        Assert.NotEqual(SeenToken.Hash("链接"), SeenToken.Hash("链接2"));
    }
}
