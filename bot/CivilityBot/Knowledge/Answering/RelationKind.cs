namespace CivilityBot.Knowledge.Answering;

/// <summary>How one person relates to others in the plan; stored in <see cref="QuestionIntent.Number"/>.</summary>
internal enum RelationKind
{
    /// <summary>上级: whom the person answers to in the leading group, its office or the working groups.</summary>
    Superior = 1,

    /// <summary>副手: the person's deputies, and whose deputy the person is.</summary>
    Deputy = 2,

    /// <summary>Who else owns a sub-criterion the person owns.</summary>
    SharesItems = 3,

    /// <summary>Who leads the group (working group, office, leading group) the person belongs to.</summary>
    GroupLead = 4,
}
