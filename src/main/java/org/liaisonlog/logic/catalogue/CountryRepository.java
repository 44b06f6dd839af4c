package org.liaisonlog.logic.catalogue;

import java.util.Collection;
import java.util.List;
import org.liaisonlog.model.common.Country;

/** The shipped list of countries. */
public interface CountryRepository {

    List<Country> findAll();

    void insertAll(Collection<Country> countries);

    int count();
}
