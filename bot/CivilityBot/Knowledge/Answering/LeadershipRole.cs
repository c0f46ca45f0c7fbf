namespace CivilityBot.Knowledge.Answering;

/// <summary>The leadership roles a question can ask about; stored in <see cref="QuestionIntent.Name"/>.</summary>
internal static class LeadershipRole
{
    public const string Leader = "leader";
    public const string DeputyLeader = "deputy-leader";
    public const string Director = "office-director";
    public const string DeputyDirector = "office-deputy-director";
    public const string Everyone = "all";

    /// <summary>The leading group's office and its duties (统筹协调、组织实施、监督落实).</summary>
    public const string Office = "office";
}
