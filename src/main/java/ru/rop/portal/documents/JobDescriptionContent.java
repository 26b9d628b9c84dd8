package ru.rop.portal.documents;

import java.util.List;

/**
 * What HR chose and wrote for a vacancy's job description; the rights list is made from its rights. Library
 * items keep their id (so a version can be compared with another), own clauses have none.
 *
 * @param keepsOwnClients the head of sales also serves key clients personally (a duty clause is added)
 */
public record JobDescriptionContent(String approverPosition, String approverName, String reportsTo,
                                    String teamSize, boolean keepsOwnClients, List<Clause> duties,
                                    List<Clause> rights, List<Clause> responsibilities, List<Clause> relationships,
                                    List<Kpi> kpis, List<Clause> qualifications) {

    /** @param included shown in the document; unticked library items stay available */
    public record Clause(String libraryId, String text, boolean included) {

        public Clause withText(String newText) {
            return new Clause(libraryId, newText, included);
        }

        public Clause withIncluded(boolean include) {
            return new Clause(libraryId, text, include);
        }
    }

    public record Kpi(String libraryId, String label, String unit, String target, String period, boolean included) {
    }
}
