namespace CivilityBot.Knowledge;

public enum DataCheckKind
{
    PointsMismatch,
    PointsNotDeclared,
    NameInferred,
    OwnerInferred,
    SeveralDepartments,
    OwnsNothing,
    EmptyCategory,
}
